-- Placement without one global lock (docs/architecture.md, "Placement across instances").
--
-- Every portal instance keeps the nodes in memory as placement sees them and decides from there;
-- the database tells it what changed. The epoch goes up by one for every change placement must
-- know of, and placement_change says which node each step touched (NULL: every node, e.g. a new
-- spare). Triggers keep both, so no writer can forget them: the portal, an admin's SQL, a test.
--
-- An instance reads the epoch (one primary-key read per request); when it moved, it re-reads only
-- the nodes logged since the epoch it knew. The update of the epoch row serialises the steps, so
-- the log is gapless and in commit order: a reader that sees epoch E sees every change up to E.
-- The log keeps the last 10,000 steps; an instance further behind reads everything again.
--
-- Over-commit is not prevented here: a placement locks the chosen node rows (ascending id) and
-- counts their tenants again before it inserts (cluster.PlacementGuard).
CREATE TABLE placement_epoch (
  id     INT    NOT NULL PRIMARY KEY,
  epoch  BIGINT NOT NULL
) ENGINE=InnoDB;
INSERT INTO placement_epoch (id, epoch) VALUES (1, 0);

CREATE TABLE placement_change (
  epoch    BIGINT NOT NULL PRIMARY KEY,
  node_id  BIGINT NULL
) ENGINE=InnoDB;

-- One step: the epoch goes up, the node is logged, the step 10,000 back is forgotten.
CREATE PROCEDURE placement_changed(IN changed_node BIGINT)
MODIFIES SQL DATA
BEGIN
  DECLARE now_epoch BIGINT;
  UPDATE placement_epoch SET epoch = epoch + 1 WHERE id = 1;
  SELECT epoch INTO now_epoch FROM placement_epoch WHERE id = 1;
  INSERT INTO placement_change (epoch, node_id) VALUES (now_epoch, changed_node);
  DELETE FROM placement_change WHERE epoch = now_epoch - 10000;
END;

-- An assignment moved to another node or tenant (the portal never does; ticking a node is no change).
CREATE PROCEDURE placement_reassigned(IN old_node BIGINT, IN new_node BIGINT, IN old_tenant BIGINT, IN new_tenant BIGINT)
MODIFIES SQL DATA
BEGIN
  IF old_node <> new_node OR old_tenant <> new_tenant THEN
    CALL placement_changed(old_node);
    CALL placement_changed(new_node);
  END IF;
END;

CREATE TRIGGER assignment_added AFTER INSERT ON assignment
  FOR EACH ROW CALL placement_changed(NEW.node_id);
CREATE TRIGGER assignment_removed AFTER DELETE ON assignment
  FOR EACH ROW CALL placement_changed(OLD.node_id);
CREATE TRIGGER assignment_changed AFTER UPDATE ON assignment
  FOR EACH ROW CALL placement_reassigned(OLD.node_id, NEW.node_id, OLD.tenant_id, NEW.tenant_id);

CREATE TRIGGER node_added AFTER INSERT ON node
  FOR EACH ROW CALL placement_changed(NEW.id);
CREATE TRIGGER node_changed AFTER UPDATE ON node
  FOR EACH ROW CALL placement_changed(NEW.id);
CREATE TRIGGER node_removed AFTER DELETE ON node
  FOR EACH ROW CALL placement_changed(OLD.id);

-- a new spare takes a node out of placement and may give another back: every node
CREATE TRIGGER spare_elected AFTER INSERT ON spare_election
  FOR EACH ROW CALL placement_changed(NULL);
CREATE TRIGGER spare_changed AFTER UPDATE ON spare_election
  FOR EACH ROW CALL placement_changed(NULL);
CREATE TRIGGER spare_removed AFTER DELETE ON spare_election
  FOR EACH ROW CALL placement_changed(NULL);

-- Replaced by the node row locks and the epoch.
DROP TABLE placement_lock;
