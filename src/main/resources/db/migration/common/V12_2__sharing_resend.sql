-- The resend looks, every few seconds for each member, for letters still in its outbox.
CREATE INDEX sharing_outbox_undelivered ON sharing_outbox (member_state, delivered_at, written_at);
