-- P1.2, P3.1: placement judges a node by its measured average load over the last loadWindowMinutes
-- (read from the hour and minute rollups), where the node was sampled in that window; a node without
-- a sample there is judged by what its tenants were promised, as before. The tenant limit still
-- counts promised seats.
INSERT INTO setting (name, value, updated_at) VALUES ('loadWindowMinutes', '15', CURRENT_TIMESTAMP(3));
