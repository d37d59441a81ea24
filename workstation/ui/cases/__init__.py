"""The fake-cases tab: cases, their items and copies, refutations, history, and the golden-hour clocks."""
