-- SPDX-FileCopyrightText: 2026 Atalaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Synthetic data for the demo stack: providers, customers, and the checkouts and bookings of the
-- 30 days up to now, following the business patterns of the design notes (PLATFORM-FACTS.md) and
-- the platform simulator (packaging/demo/simulator): the same verticals and traffic shares, the
-- same cities (the simulator's region ids) and shares, the same hourly activity curve, and its
-- bookings rate (one booking per 500 requests at 27 requests/s on an ordinary weekday hour, 30 %
-- of checkouts abandoned), so the database and the metrics tell the same story. Deterministic
-- (setseed; fates from hashes of the booking id). trickle.sql keeps "now" moving with the same
-- generator, booking.sim_generate.
--
-- Run after schema.sql and views.sql, in one transaction (psql --single-transaction), as the owner.
-- Everything named sim_* is the generator, not the platform.

-- Verticals: traffic share, the simulator's pattern flags and peak hours, and what a booking is.
CREATE TABLE booking.sim_verticals (
    vertical       text PRIMARY KEY,
    share          float8 NOT NULL,   -- of the platform's traffic (simulator: catalog.cpp)
    lunch_peak     boolean NOT NULL,  -- 11:30-14 x2.0
    weekend_peak   boolean NOT NULL,  -- Fri 18:00 - Sun 22:00 x2.2
    peak1_from     float8, peak1_to float8, peak2_from float8, peak2_to float8, -- own peak hours x1.4
    noun           text NOT NULL,     -- provider display names: "<noun> <n>"
    base_price_ars float8 NOT NULL,   -- for the typical duration in Buenos Aires
    typical_min    integer NOT NULL,
    durations      integer[] NOT NULL, -- picked uniformly (repeats weigh)
    same_day_share float8 NOT NULL,   -- bookings for later the same day
    lead_days      float8 NOT NULL,   -- the others: up to this many days ahead
    open_from      integer NOT NULL,  -- appointment hours (ART), [open_from, open_to)
    open_to        integer NOT NULL
);
INSERT INTO booking.sim_verticals VALUES
    ('barbershop', 0.35, true,  true,  9, 13, 17, 20,     'Barbería',                  12000, 30, '{30,30,30,30,30,30,30,45,45,60}', 0.40,  4, 9, 21),
    ('psychology', 0.20, false, false, 14, 19, NULL, NULL, 'Consultorio de psicología', 35000, 50, '{50}',                             0.02, 14, 8, 21),
    ('fitness',    0.20, false, false, 6, 9, 18, 21,      'Gimnasio',                   8000, 60, '{60,60,60,45,45,90}',              0.35,  3, 7, 22),
    ('beauty',     0.10, true,  true,  NULL, NULL, NULL, NULL, 'Centro de estética',   18000, 60, '{45,60,60,90,120}',                0.20,  7, 9, 21),
    ('wellness',   0.06, false, true,  NULL, NULL, NULL, NULL, 'Spa',                  22000, 60, '{60,60,90}',                       0.10, 10, 9, 21),
    ('dentist',    0.05, false, false, NULL, NULL, NULL, NULL, 'Consultorio odontológico', 30000, 45, '{30,45,45,60}',                0.05, 21, 8, 20),
    ('veterinary', 0.04, false, false, NULL, NULL, NULL, NULL, 'Veterinaria',          20000, 30, '{30,30,45}',                       0.30,  5, 9, 20);

-- Cities: the simulator's regions and shares; prices relative to Buenos Aires.
CREATE TABLE booking.sim_cities (
    city        text PRIMARY KEY,
    share       float8 NOT NULL,
    price_scale float8 NOT NULL,
    customers   integer NOT NULL
);
INSERT INTO booking.sim_cities VALUES
    ('buenos_aires', 0.60, 1.00, 48000),
    ('cordoba',      0.20, 0.85, 16000),
    ('rosario',      0.10, 0.88,  8000),
    ('mendoza',      0.10, 0.85,  8000);

-- A smooth step from 0 to 1 over the half hour before from_h and back after to_h: the
-- simulator's window() (half-hour shoulders).
CREATE FUNCTION booking.sim_window(x float8, from_h float8, to_h float8) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN from_h IS NULL OR x <= from_h - 0.5 OR x >= to_h + 0.5 THEN 0
        WHEN x < from_h THEN ((x - from_h + 0.5) / 0.5) ^ 2 * (3 - 2 * ((x - from_h + 0.5) / 0.5))
        WHEN x > to_h THEN (1 - (x - to_h) / 0.5) ^ 2 * (3 - 2 * (1 - (x - to_h) / 0.5))
        ELSE 1 END
$$;

-- How busy a vertical is at an ART hour of a weekday (0 = Monday .. 6 = Sunday), relative to an
-- ordinary weekday hour: the simulator's activity() (night low, morning rush 08-11 x2.5 except
-- Sundays, lunch 11:30-14 x2.0 for barbershop and beauty, evening 17-20 x3.0, own peaks x1.4,
-- weekend Fri 18:00 - Sun 22:00 x2.2 for barbershop, beauty and wellness, quieter weekends for
-- the others).
CREATE FUNCTION booking.sim_activity(lunch_peak boolean, weekend_peak boolean, peak1_from float8, peak1_to float8,
                                     peak2_from float8, peak2_to float8, hour float8, weekday integer) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (('{0.30,0.18,0.11,0.08,0.07,0.09,0.18,0.40,0.70,0.92,1.00,1.00,0.95,0.95,1.00,1.00,1.00,1.00,1.00,0.95,0.85,0.72,0.55,0.42}'::float8[])[1 + floor(hour)::int % 24]
                * (1 - (hour - floor(hour)))
            + ('{0.30,0.18,0.11,0.08,0.07,0.09,0.18,0.40,0.70,0.92,1.00,1.00,0.95,0.95,1.00,1.00,1.00,1.00,1.00,0.95,0.85,0.72,0.55,0.42}'::float8[])[1 + (floor(hour)::int + 1) % 24]
                * (hour - floor(hour)))
        * CASE WHEN weekday = 6 THEN 1 ELSE 1 + 1.5 * booking.sim_window(hour, 8, 11) END
        * CASE WHEN weekday <> 6 AND lunch_peak THEN 1 + 1.0 * booking.sim_window(hour, 11.5, 14) ELSE 1 END
        * (1 + 2.0 * booking.sim_window(hour, 17, 20))
        * (1 + 0.4 * booking.sim_window(hour, peak1_from, peak1_to))
        * (1 + 0.4 * booking.sim_window(hour, peak2_from, peak2_to))
        * CASE WHEN weekend_peak THEN 1 + 1.2 * booking.sim_window(weekday * 24 + hour, 4 * 24 + 18, 6 * 24 + 22)
               WHEN weekday = 5 THEN 0.8
               WHEN weekday = 6 THEN 0.55
               ELSE 1 END
$$;

-- A number in [0, 1) from a booking id: the booking's fate, the same whenever it is asked.
CREATE FUNCTION booking.sim_unit(id bigint, salt bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashint8extended(id, salt) & 281474976710655)::float8 / 281474976710656
$$;

-- A booking's fate: 8 % are cancelled (at a moment between booking and appointment), 4 % are
-- no-shows, the rest take place. What the row says at a time "at".
CREATE FUNCTION booking.sim_cancel_time(id bigint, created_at timestamptz, starts_at timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN booking.sim_unit(id, 1) < 0.08
                THEN created_at + (starts_at - created_at) * booking.sim_unit(id, 2) END
$$;

CREATE FUNCTION booking.sim_status(id bigint, created_at timestamptz, starts_at timestamptz, duration_min integer,
                                   at timestamptz) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN booking.sim_unit(id, 1) < 0.08 THEN
            CASE WHEN booking.sim_cancel_time(id, created_at, starts_at) <= at THEN 'cancelled' ELSE 'confirmed' END
        WHEN starts_at + make_interval(mins => duration_min) > at THEN 'confirmed'
        WHEN booking.sim_unit(id, 1) < 0.12 THEN 'no_show'
        ELSE 'completed' END
$$;

-- The payment: rejected 1.5 % (MercadoPago), 2 % (Stripe), 4 % (local bank transfers); pending
-- until the provider answers: up to 3 minutes, 1 minute, 45 minutes.
CREATE FUNCTION booking.sim_payment_status(id bigint, provider text, created_at timestamptz, at timestamptz) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN at < created_at + booking.sim_unit(id, 3) * CASE provider WHEN 'mercadopago' THEN interval '3 minutes'
                                                                       WHEN 'stripe' THEN interval '1 minute'
                                                                       ELSE interval '45 minutes' END
            THEN 'pending'
        WHEN booking.sim_unit(id, 4) < CASE provider WHEN 'mercadopago' THEN 0.015 WHEN 'stripe' THEN 0.02 ELSE 0.04 END
            THEN 'rejected'
        ELSE 'approved' END
$$;

-- The minutes [from_ts, to_ts) (whole minutes): for each vertical, city and minute, the expected
-- checkouts (the simulator's rate with an hourly drift of up to +-8 %), drawn (Poisson-like);
-- 70 % of them end in a booking within the minute. Bookings get a provider and a customer of
-- their city, a duration and a price, a payment, an appointment later that day or in the days
-- after, and the status they have at "at". Returns what it inserted.
CREATE FUNCTION booking.sim_generate(from_ts timestamptz, to_ts timestamptz, at timestamptz,
                                     OUT checkouts bigint, OUT bookings bigint)
LANGUAGE plpgsql
SET jit = off -- compiling would take seconds, more than it saves
AS $$
BEGIN
    -- The MATERIALIZED steps make the sim_* functions' arguments plain columns: only then are
    -- they inlined (several times faster).
    WITH minutes AS MATERIALIZED (
        SELECT m, extract(hour FROM local) + extract(minute FROM local) / 60.0 AS hour,
               extract(isodow FROM local)::int - 1 AS weekday, floor(extract(epoch FROM m) / 3600)::bigint AS utc_hour
        FROM generate_series(date_trunc('minute', from_ts), date_trunc('minute', to_ts) - interval '1 minute',
                             interval '1 minute') AS m,
             LATERAL (SELECT m AT TIME ZONE 'America/Argentina/Buenos_Aires' AS local) AS l
    ), busy AS MATERIALIZED (
        SELECT mi.m, mi.utc_hour, v.vertical, v.share,
               booking.sim_activity(v.lunch_peak, v.weekend_peak, v.peak1_from, v.peak1_to, v.peak2_from, v.peak2_to,
                                    mi.hour, mi.weekday) AS activity
        FROM minutes mi CROSS JOIN booking.sim_verticals v
    ), cells AS (
        SELECT b.m, b.vertical, c.city,
               -- checkouts a minute: 27 requests/s x share x activity, a booking per 500, 70 % of checkouts
               27 * 0.002 * 60 / 0.7 * b.share * c.share * b.activity
                   * (1 + 0.08 * (2 * booking.sim_unit(hashtext(b.vertical || c.city), b.utc_hour) - 1))
                   AS lambda
        FROM busy b CROSS JOIN booking.sim_cities c
    ), drawn AS (
        SELECT m, vertical, city,
               greatest(0, floor(lambda + random()
                   + CASE WHEN lambda >= 1
                          THEN sqrt(lambda) * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) ELSE 0 END))::int AS n
        FROM cells
    ), attempt AS MATERIALIZED (
        -- a booking is made within the minute its checkout started (OFFSET 0: one started_at per row)
        SELECT d.m, d.vertical, d.city, s.started_at,
               s.started_at + random() * (d.m + interval '1 minute' - s.started_at) AS created_at,
               CASE WHEN random() < 0.70 THEN nextval('booking.bookings_id_seq') END AS booking_id,
               random() AS u_payment
        FROM drawn d, generate_series(1, d.n),
             LATERAL (SELECT d.m + random() * interval '60 seconds' AS started_at OFFSET 0) AS s
        WHERE d.n > 0
    ), planned AS (
        SELECT a.booking_id, a.vertical, a.city, a.created_at, d.duration_min, c.price_scale, v.base_price_ars,
               v.typical_min, pool.first_provider + floor(random() * pool.providers)::bigint AS provider_id,
               pool.first_customer + floor(random() * pool.customers)::bigint AS customer_id,
               CASE WHEN a.u_payment < 0.70 THEN 'mercadopago' WHEN a.u_payment < 0.85 THEN 'stripe'
                    ELSE 'local_bank' END AS payment_provider,
               -- the appointment: a quarter-hour slot in opening hours, later the same day or some days
               -- ahead (ART), at least an hour after the booking
               ((a.created_at + CASE WHEN random() < v.same_day_share THEN interval '0 days'
                                     ELSE interval '1 day' * (1 + random() * v.lead_days) END)
                   AT TIME ZONE 'America/Argentina/Buenos_Aires')::date
                + interval '15 minutes' * floor(random() * (v.open_to - v.open_from) * 4)
                + interval '1 hour' * v.open_from AS local_start
        FROM attempt a
        JOIN booking.sim_verticals v USING (vertical)
        JOIN booking.sim_cities c USING (city)
        JOIN booking.sim_pools pool USING (vertical, city)
        CROSS JOIN LATERAL (SELECT v.durations[1 + floor(random() * cardinality(v.durations))::int] AS duration_min
                            OFFSET 0) AS d
        WHERE a.booking_id IS NOT NULL
    ), booked AS MATERIALIZED (
        SELECT p.*, CASE WHEN (p.local_start AT TIME ZONE 'America/Argentina/Buenos_Aires') < p.created_at + interval '1 hour'
                         THEN (p.local_start + interval '1 day') AT TIME ZONE 'America/Argentina/Buenos_Aires'
                         ELSE p.local_start AT TIME ZONE 'America/Argentina/Buenos_Aires' END AS starts_at,
               (round(p.base_price_ars * p.price_scale * (p.duration_min::float8 / p.typical_min) ^ 0.8
                      * (0.85 + 0.3 * random()) / 100) * 100)::numeric(12, 2) AS price_ars
        FROM planned p
    ), new_bookings AS (
        INSERT INTO booking.bookings (id, vertical, city, provider_id, customer_id, status, price_ars, duration_min,
                                      payment_provider, payment_status, created_at, starts_at, cancelled_at)
        SELECT b.booking_id, b.vertical, b.city, b.provider_id, b.customer_id, st.status, b.price_ars, b.duration_min,
               b.payment_provider, booking.sim_payment_status(b.booking_id, b.payment_provider, b.created_at, at),
               b.created_at, b.starts_at,
               CASE WHEN st.status = 'cancelled' THEN booking.sim_cancel_time(b.booking_id, b.created_at, b.starts_at) END
        FROM booked b,
             LATERAL (SELECT booking.sim_status(b.booking_id, b.created_at, b.starts_at, b.duration_min, at) AS status) AS st
        ORDER BY b.booking_id
        RETURNING 1
    ), new_checkouts AS (
        INSERT INTO booking.checkouts (vertical, city, started_at, booking_id)
        SELECT a.vertical, a.city, a.started_at, a.booking_id
        FROM attempt a
        ORDER BY a.started_at
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM new_checkouts), (SELECT count(*) FROM new_bookings) INTO checkouts, bookings;
END
$$;

-- Providers: as many per vertical and city as keep them about 60 % busy on average (never fewer
-- than 3), offering 4 to 10 hours a day.
CREATE TEMP TABLE sim_demand AS
SELECT v.vertical, c.city,
       -- bookings a day x average duration
       27 * 0.002 * 86400 * v.share * c.share * avg(booking.sim_activity(v.lunch_peak, v.weekend_peak, v.peak1_from, v.peak1_to,
                                                                   v.peak2_from, v.peak2_to, h.hour, h.weekday))
           * (SELECT avg(d) FROM unnest(v.durations) AS d) AS minutes_a_day
FROM booking.sim_verticals v
CROSS JOIN booking.sim_cities c
CROSS JOIN (SELECT q / 4.0 AS hour, wd AS weekday FROM generate_series(0, 95) AS q, generate_series(0, 6) AS wd) AS h
GROUP BY v.vertical, c.city;

SELECT setseed(0.2026);

INSERT INTO booking.providers (vertical, city, display_name, minutes_per_day)
SELECT d.vertical, d.city, v.noun || ' ' || n,
       (ARRAY[240, 360, 420, 480, 480, 480, 540, 600])[1 + floor(random() * 8)::int]
FROM sim_demand d
JOIN booking.sim_verticals v USING (vertical)
CROSS JOIN LATERAL generate_series(1, greatest(3, round(d.minutes_a_day / (0.6 * 470))::int)) AS n
ORDER BY d.vertical, d.city, n;

-- Customers signed up over the last two years, a third of them in the last six months.
INSERT INTO booking.customers (city, created_at)
SELECT c.city,
       now() - CASE WHEN random() < 0.33 THEN random() * interval '180 days' ELSE random() * interval '730 days' END
FROM booking.sim_cities c, generate_series(1, c.customers)
ORDER BY c.city;

-- Where each (vertical, city) draws its providers and customers from: contiguous id ranges.
CREATE TABLE booking.sim_pools AS
SELECT p.vertical, p.city, p.first_provider, p.providers, c.first_customer, c.customers
FROM (SELECT vertical, city, min(id) AS first_provider, count(*) AS providers
      FROM booking.providers GROUP BY vertical, city) AS p
JOIN (SELECT city, min(id) AS first_customer, count(*) AS customers
      FROM booking.customers GROUP BY city) AS c USING (city);
ALTER TABLE booking.sim_pools ADD PRIMARY KEY (vertical, city);

-- How far the generator has gone: trickle.sql continues from here, minute by minute.
CREATE TABLE booking.sim_clock (
    generated_until timestamptz NOT NULL
);
COMMENT ON TABLE booking.sim_clock IS
    'Synthetic data: checkouts and bookings exist up to (excluding) this minute; booking.trickle() moves it.';
INSERT INTO booking.sim_clock VALUES (date_trunc('minute', now()));

-- A bulk load, the way pg_restore does it: the foreign keys and secondary indexes of the two big
-- tables (whatever schema.sql and views.sql made) are set aside and rebuilt after the load: one
-- join per key and one sort per index instead of work per row (twice as fast in all).
CREATE TEMP TABLE sim_set_aside AS
SELECT 1 AS step, format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS before_load,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS after_load
FROM pg_constraint
WHERE contype = 'f' AND conrelid IN ('booking.bookings'::regclass, 'booking.checkouts'::regclass)
UNION ALL
SELECT 2, format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid)
FROM pg_index
WHERE indrelid IN ('booking.bookings'::regclass, 'booking.checkouts'::regclass)
  AND NOT indisprimary AND NOT indisunique;

DO $$
DECLARE
    statement text;
BEGIN
    FOR statement IN SELECT before_load FROM sim_set_aside ORDER BY step LOOP
        EXECUTE statement;
    END LOOP;
END
$$;

SELECT checkouts, bookings
FROM booking.sim_generate(date_trunc('minute', now()) - interval '30 days', date_trunc('minute', now()), now());

DO $$
DECLARE
    statement text;
BEGIN
    FOR statement IN SELECT after_load FROM sim_set_aside ORDER BY step DESC LOOP
        EXECUTE statement;
    END LOOP;
END
$$;

ANALYZE booking.providers, booking.customers, booking.bookings, booking.checkouts;
