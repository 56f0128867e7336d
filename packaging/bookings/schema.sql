-- SPDX-FileCopyrightText: 2026 Atalaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The booking platform's own tables (schema "booking"), as the platform would have them. In the
-- demo stack they hold synthetic data (seed.sql, trickle.sql); Atalaya never reads them: it reads
-- the aggregate views of views.sql (schema "atalaya") with a role that cannot see this schema.
--
-- Run as the role that owns the database (the demo stack's booking_owner); everything created
-- here belongs to it.
--
-- Health data: rows of the verticals psychology and dentist (bookings, checkouts, and the
-- providers they name) are health data (a patient saw a psychologist or a dentist, when, for how
-- long): healthcare compliance applies to them. Nothing outside this schema may expose them row
-- by row; the views of views.sql publish aggregates only.

CREATE SCHEMA booking;
COMMENT ON SCHEMA booking IS
    'The booking platform''s tables. Psychology and dentist rows are health data: no access outside the owner.';
REVOKE ALL ON SCHEMA booking FROM PUBLIC;

-- Verticals and cities are plain text ids, the same as the console's configuration and the
-- simulator's labels: verticals barbershop, psychology, fitness, beauty, wellness, dentist,
-- veterinary; cities buenos_aires, cordoba, rosario, mendoza.

CREATE TABLE booking.providers (
    id              bigserial PRIMARY KEY,
    vertical        text NOT NULL,
    city            text NOT NULL,
    display_name    text NOT NULL,
    minutes_per_day integer NOT NULL CHECK (minutes_per_day BETWEEN 0 AND 1440)
);
COMMENT ON TABLE booking.providers IS
    'Professionals and venues that take bookings. Psychology and dentist providers are health-care professionals.';
COMMENT ON COLUMN booking.providers.minutes_per_day IS 'Minutes a day this provider offers for bookings';
CREATE INDEX providers_vertical_city_idx ON booking.providers (vertical, city);

CREATE TABLE booking.customers (
    id         bigserial PRIMARY KEY,
    city       text NOT NULL,
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE booking.customers IS 'Registered customers (no personal data is kept here)';

CREATE TABLE booking.bookings (
    id               bigserial PRIMARY KEY,
    vertical         text NOT NULL,
    city             text NOT NULL,
    provider_id      bigint NOT NULL REFERENCES booking.providers,
    customer_id      bigint NOT NULL REFERENCES booking.customers,
    status           text NOT NULL CHECK (status IN ('confirmed', 'completed', 'cancelled', 'no_show')),
    price_ars        numeric(12, 2) NOT NULL CHECK (price_ars >= 0),
    duration_min     integer NOT NULL CHECK (duration_min > 0),
    payment_provider text NOT NULL CHECK (payment_provider IN ('mercadopago', 'stripe', 'local_bank')),
    payment_status   text NOT NULL CHECK (payment_status IN ('approved', 'rejected', 'pending')),
    created_at       timestamptz NOT NULL,
    starts_at        timestamptz NOT NULL,
    cancelled_at     timestamptz,
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
COMMENT ON TABLE booking.bookings IS
    'One row per booking; paid online when it is made. Psychology and dentist rows are health data.';
COMMENT ON COLUMN booking.bookings.status IS
    'confirmed (upcoming), completed, cancelled (cancelled_at is set) or no_show';
COMMENT ON COLUMN booking.bookings.price_ars IS 'Price in Argentine pesos';
COMMENT ON COLUMN booking.bookings.payment_status IS
    'The online payment: approved, rejected, or pending (a bank transfer not confirmed yet)';
CREATE INDEX bookings_created_at_idx ON booking.bookings (created_at);
CREATE INDEX bookings_vertical_created_at_idx ON booking.bookings (vertical, created_at);
CREATE INDEX bookings_starts_at_idx ON booking.bookings (starts_at);
-- What is still open (upcoming bookings, unconfirmed bank transfers): small, scanned every minute.
CREATE INDEX bookings_open_idx ON booking.bookings (starts_at)
    WHERE status = 'confirmed' OR payment_status = 'pending';

CREATE TABLE booking.checkouts (
    id         bigserial PRIMARY KEY,
    vertical   text NOT NULL,
    city       text NOT NULL,
    started_at timestamptz NOT NULL,
    booking_id bigint REFERENCES booking.bookings
);
COMMENT ON TABLE booking.checkouts IS
    'A user who began the booking flow; booking_id is the booking it ended in, NULL when abandoned. Psychology and dentist rows are health data.';
CREATE INDEX checkouts_started_at_idx ON booking.checkouts (started_at);
CREATE INDEX checkouts_vertical_started_at_idx ON booking.checkouts (vertical, started_at);
