"""Which function checks which clause: every check module registers its functions here."""

CHECKS = {}


def clause(*identifiers):
    """Registers a check for one or more clauses; it returns a list of problems (empty: passes)."""
    def register(function):
        for identifier in identifiers:
            CHECKS.setdefault(identifier, []).append(function)
        return function
    return register
