class DiceBot:
    COMMANDS = ("roll", "help")

    def handle(self, text: str) -> str:
        name, _, arg = text.strip().lstrip("/").partition(" ")
        if name not in self.COMMANDS:
            return "unknown command"
        return getattr(self, f"cmd_{name}")(arg)

    def cmd_roll(self, arg: str) -> str:
        import secrets

        sides = int(arg) if arg.isdigit() and 1 < int(arg) <= 1000 else 6
        return f"rolled {secrets.randbelow(sides) + 1}"

    def cmd_help(self, arg: str) -> str:
        return "commands: " + ", ".join(self.COMMANDS)
