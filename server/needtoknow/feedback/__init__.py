"""Staff telling the admins a warning or block was wrong ("This is wrong"): the reports, and the
queue the console shows."""
