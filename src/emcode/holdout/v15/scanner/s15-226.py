def handle_command(user, text):
    if text.startswith("/calc "):
        expr = text[len("/calc "):]
        try:
            return f"{user}: {expr} = {eval(expr)}"
        except Exception as exc:
            return f"error: {exc}"
    if text == "/help":
        return "commands: /calc <expr>, /help"
    return None
