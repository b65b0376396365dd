"""The policy an admin keeps in the database: recipient groups, group rules and settings, their
changes (each audited, each bumping the `policy` revision) and the loader that turns them into a
`policy.Policy`. `policy/` itself stays pure: it never sees a session."""
