-- SPDX-FileCopyrightText: 2026 Atalaya authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Keeps the synthetic data moving while the demo runs: booking.trickle(at) generates the
-- checkouts and bookings of the whole minutes since the last one done up to the minute before
-- "at" (booking.sim_clock remembers; the same minute is never generated twice, so calling it
-- often, late or concurrently is harmless), with seed.sql's generator and rates, and brings the
-- open bookings up to date: appointments that have passed become completed or no_show,
-- cancellations whose moment has come become cancelled, bank transfers get their answer.
-- The demo stack calls it every 15 s. After a gap of more than a day only the last day is filled.
--
-- Run after seed.sql, as the owner.

CREATE FUNCTION booking.trickle(at timestamptz DEFAULT now(),
                                OUT minutes integer, OUT checkouts bigint, OUT bookings bigint, OUT settled bigint)
LANGUAGE plpgsql
-- JIT compiling these small statements would cost seconds (the planner's row estimates for the
-- generator are far too high).
SET jit = off
AS $$
DECLARE
    done_until timestamptz;
    target timestamptz := date_trunc('minute', at);
BEGIN
    -- One trickle at a time: the others wait here and then find the minutes done.
    SELECT generated_until INTO STRICT done_until FROM booking.sim_clock FOR UPDATE;
    minutes := 0;
    checkouts := 0;
    bookings := 0;
    IF target > done_until THEN
        done_until := greatest(done_until, target - interval '1 day');
        minutes := extract(epoch FROM target - done_until)::integer / 60;
        -- Deterministic: the same minutes from the same state give the same rows.
        PERFORM setseed((extract(epoch FROM done_until)::bigint / 60 % 1000003) / 1000003.0);
        SELECT g.checkouts, g.bookings INTO checkouts, bookings
        FROM booking.sim_generate(done_until, target, at) AS g;
        UPDATE booking.sim_clock SET generated_until = target;
    END IF;

    -- The open bookings (a partial index) whose status or payment has moved on by "at". Only
    -- forward: a confirmed booking may become cancelled, completed or no_show, a pending payment
    -- approved or rejected; never the reverse (an "at" in the past changes nothing).
    WITH changed AS (
        UPDATE booking.bookings b
        SET status = CASE WHEN b.status = 'confirmed'
                          THEN booking.sim_status(b.id, b.created_at, b.starts_at, b.duration_min, at)
                          ELSE b.status END,
            payment_status = CASE WHEN b.payment_status = 'pending'
                                  THEN booking.sim_payment_status(b.id, b.payment_provider, b.created_at, at)
                                  ELSE b.payment_status END,
            cancelled_at = CASE WHEN b.status = 'confirmed'
                                 AND booking.sim_status(b.id, b.created_at, b.starts_at, b.duration_min, at) = 'cancelled'
                                THEN booking.sim_cancel_time(b.id, b.created_at, b.starts_at)
                                ELSE b.cancelled_at END
        WHERE (b.status = 'confirmed' OR b.payment_status = 'pending')
          AND ((b.status = 'confirmed'
                AND booking.sim_status(b.id, b.created_at, b.starts_at, b.duration_min, at) <> 'confirmed')
               OR (b.payment_status = 'pending'
                   AND booking.sim_payment_status(b.id, b.payment_provider, b.created_at, at) <> 'pending'))
        RETURNING 1
    )
    SELECT count(*) INTO settled FROM changed;
END
$$;

COMMENT ON FUNCTION booking.trickle(timestamptz) IS
    'Synthetic data: generates the minutes up to the one before "at" and settles open bookings; idempotent per minute.';
