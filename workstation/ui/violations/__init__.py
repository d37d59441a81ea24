"""The violations tab: violations, bulk intake, removal notices and their deadlines, escalation."""
