"""Reading case exports and the reference lists they are checked against."""
