-- 0008: an index on the role as written, so that "who is defense minister" and the check that a
-- name is known find their roles without reading every role (role_class has its index since 0004).

CREATE INDEX roles_by_role ON roles(role);

PRAGMA user_version = 8;
