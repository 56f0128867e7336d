-- SPDX-FileCopyrightText: 2026 Atalaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- THE CONTRACT between the booking database and Atalaya. The console reads these three views of
-- schema "atalaya" and nothing else, as the role atalaya_reader (read-only, TLS, password).
-- Their names, column names and column types are the interface: change them only together with
-- the console (and packaging/demo/README.md, which documents them).
--
-- Aggregates only: no view exposes a customer, a provider's name or a single booking (psychology
-- and dentist bookings are health data). Hours are UTC hours (timestamptz at the start of the
-- hour); days are calendar days in America/Argentina/Buenos_Aires. A (hour, vertical, city) or
-- (hour, vertical, provider) without any row is absent, never a row of NULLs; counts are 0, not
-- NULL, in the rows that exist.
--
-- Run after schema.sql, as the owner of schema booking: the views are owned by that role, so they
-- read the tables with its rights and the reader needs no grant on schema booking.

CREATE SCHEMA atalaya;
COMMENT ON SCHEMA atalaya IS 'Aggregate views for the Atalaya operations console (the contract; see views.sql)';
REVOKE ALL ON SCHEMA atalaya FROM PUBLIC;

-- The views group by the UTC hour; these indexes on that very expression let a condition on
-- "hour" (the console asks for the last hours or days) read only those rows.
CREATE INDEX checkouts_utc_hour_idx ON booking.checkouts ((date_trunc('hour', started_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'));
CREATE INDEX bookings_utc_hour_idx ON booking.bookings ((date_trunc('hour', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'));

-- Checkouts and bookings per UTC hour, vertical and city. Equivalent to a full outer join of the
-- checkouts per hour of started_at with the bookings per hour of created_at on (hour, vertical,
-- city), written as one grouped UNION ALL so that a condition on hour, vertical or city reaches
-- both tables (and their indexes) instead of being applied after the join.
CREATE VIEW atalaya.bookings_hourly AS
SELECT hour, vertical, city,
       sum(checkouts)::bigint     AS checkouts,
       sum(bookings)::bigint      AS bookings,
       sum(cancellations)::bigint AS cancellations,
       sum(no_shows)::bigint      AS no_shows,
       sum(completed)::bigint     AS completed,
       sum(revenue_ars)           AS revenue_ars
FROM (
    SELECT date_trunc('hour', started_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour, vertical, city,
           count(*) AS checkouts, 0 AS bookings, 0 AS cancellations, 0 AS no_shows, 0 AS completed,
           0::numeric AS revenue_ars
    FROM booking.checkouts
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT date_trunc('hour', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour, vertical, city,
           0, count(*),
           count(*) FILTER (WHERE status = 'cancelled'),
           count(*) FILTER (WHERE status = 'no_show'),
           count(*) FILTER (WHERE status = 'completed'),
           coalesce(sum(price_ars) FILTER (WHERE status <> 'cancelled' AND payment_status = 'approved'), 0)
    FROM booking.bookings
    GROUP BY 1, 2, 3
) AS per_table
GROUP BY hour, vertical, city;

COMMENT ON VIEW atalaya.bookings_hourly IS
    'Booking funnel per UTC hour, vertical and city: checkouts by hour of started_at, bookings by hour of created_at. Hours with checkouts but no bookings (or the reverse) are included with zeros.';
COMMENT ON COLUMN atalaya.bookings_hourly.hour IS 'Start of the UTC hour (timestamptz)';
COMMENT ON COLUMN atalaya.bookings_hourly.vertical IS 'Vertical id (barbershop, psychology, fitness, beauty, wellness, dentist, veterinary)';
COMMENT ON COLUMN atalaya.bookings_hourly.city IS 'City id, the simulator''s region ids (buenos_aires, cordoba, rosario, mendoza)';
COMMENT ON COLUMN atalaya.bookings_hourly.checkouts IS 'Booking flows started in the hour (by started_at), whether they ended in a booking or not';
COMMENT ON COLUMN atalaya.bookings_hourly.bookings IS 'Bookings created in the hour (by created_at), whatever their status now; abandonment = 1 - bookings / checkouts';
COMMENT ON COLUMN atalaya.bookings_hourly.cancellations IS 'Of those bookings, the ones cancelled since (status cancelled)';
COMMENT ON COLUMN atalaya.bookings_hourly.no_shows IS 'Of those bookings, the ones whose customer did not come (status no_show)';
COMMENT ON COLUMN atalaya.bookings_hourly.completed IS 'Of those bookings, the ones that took place (status completed); the rest are still upcoming (confirmed)';
COMMENT ON COLUMN atalaya.bookings_hourly.revenue_ars IS 'Sum of price_ars (ARS) of those bookings that are not cancelled and whose payment is approved';

-- Payment attempts per UTC hour (of the booking's created_at), vertical and payment provider.
-- Every booking is paid online when it is made: one attempt per booking.
CREATE VIEW atalaya.payments_hourly AS
SELECT date_trunc('hour', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour,
       vertical,
       payment_provider AS provider,
       count(*) AS attempts,
       count(*) FILTER (WHERE payment_status = 'approved') AS approved,
       count(*) FILTER (WHERE payment_status = 'rejected') AS rejected,
       coalesce(sum(price_ars) FILTER (WHERE payment_status = 'approved'), 0) AS amount_ars
FROM booking.bookings
GROUP BY 1, 2, 3;

COMMENT ON VIEW atalaya.payments_hourly IS
    'Online payments per UTC hour of the booking''s created_at, vertical and payment provider.';
COMMENT ON COLUMN atalaya.payments_hourly.hour IS 'Start of the UTC hour (timestamptz)';
COMMENT ON COLUMN atalaya.payments_hourly.vertical IS 'Vertical id';
COMMENT ON COLUMN atalaya.payments_hourly.provider IS 'Payment provider: mercadopago, stripe or local_bank';
COMMENT ON COLUMN atalaya.payments_hourly.attempts IS 'Payments attempted (one per booking created in the hour)';
COMMENT ON COLUMN atalaya.payments_hourly.approved IS 'Of those, approved; attempts - approved - rejected are still pending (bank transfers)';
COMMENT ON COLUMN atalaya.payments_hourly.rejected IS 'Of those, rejected by the provider';
COMMENT ON COLUMN atalaya.payments_hourly.amount_ars IS 'Sum of price_ars (ARS) of the approved ones, cancelled bookings included (refunds are not modelled)';

-- Capacity per day (America/Argentina/Buenos_Aires) of starts_at, vertical and city: every day
-- from the first to the last day on which a booking starts (past and upcoming), for every
-- vertical and city that has providers or bookings.
CREATE VIEW atalaya.providers_daily AS
WITH capacity AS (
    SELECT vertical, city, count(*) AS providers, sum(minutes_per_day)::bigint AS available_minutes
    FROM booking.providers
    GROUP BY vertical, city
), booked AS (
    SELECT (starts_at AT TIME ZONE 'America/Argentina/Buenos_Aires')::date AS day, vertical, city,
           sum(duration_min)::bigint AS booked_minutes
    FROM booking.bookings
    WHERE status <> 'cancelled'
    GROUP BY 1, 2, 3
), days AS (
    SELECT generate_series(min(day)::timestamp, max(day)::timestamp, interval '1 day')::date AS day FROM booked
), grid AS (
    SELECT days.day, capacity.* FROM days CROSS JOIN capacity
)
SELECT coalesce(grid.day, booked.day) AS day,
       coalesce(grid.vertical, booked.vertical) AS vertical,
       coalesce(grid.city, booked.city) AS city,
       coalesce(grid.providers, 0) AS providers,
       coalesce(booked.booked_minutes, 0) AS booked_minutes,
       coalesce(grid.available_minutes, 0) AS available_minutes
FROM grid
FULL JOIN booked ON booked.day = grid.day AND booked.vertical = grid.vertical AND booked.city = grid.city;

COMMENT ON VIEW atalaya.providers_daily IS
    'Provider capacity and its use per day (America/Argentina/Buenos_Aires) of the bookings'' starts_at, vertical and city; upcoming days included. Utilisation = booked_minutes / available_minutes.';
COMMENT ON COLUMN atalaya.providers_daily.day IS 'Calendar day in America/Argentina/Buenos_Aires';
COMMENT ON COLUMN atalaya.providers_daily.vertical IS 'Vertical id';
COMMENT ON COLUMN atalaya.providers_daily.city IS 'City id';
COMMENT ON COLUMN atalaya.providers_daily.providers IS 'Providers of this vertical in this city';
COMMENT ON COLUMN atalaya.providers_daily.booked_minutes IS 'Sum of duration_min of the bookings starting that day that are not cancelled (no-shows included: their time was held)';
COMMENT ON COLUMN atalaya.providers_daily.available_minutes IS 'Sum of minutes_per_day of those providers: the minutes they offer that day';

-- The console's role: log in over TLS with a password (pg_hba.conf, set up by whoever runs the
-- server; the demo stack sets the password), read the three views, nothing else.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'atalaya_reader') THEN
        CREATE ROLE atalaya_reader LOGIN;
    END IF;
END
$$;
COMMENT ON ROLE atalaya_reader IS 'Atalaya console: SELECT on the views of schema atalaya only, read-only sessions';
ALTER ROLE atalaya_reader SET default_transaction_read_only = on;
-- A runaway console query must not hold the database.
ALTER ROLE atalaya_reader SET statement_timeout = '30s';

-- Only the owner and the roles granted here connect; nobody creates temporary tables.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO atalaya_reader', current_database());
END
$$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA atalaya TO atalaya_reader;
GRANT SELECT ON atalaya.bookings_hourly, atalaya.payments_hourly, atalaya.providers_daily TO atalaya_reader;
-- Belt and braces: the reader has no right on schema booking, nor on anything in it.
REVOKE ALL ON SCHEMA booking FROM atalaya_reader;
REVOKE ALL ON ALL TABLES IN SCHEMA booking FROM atalaya_reader;
