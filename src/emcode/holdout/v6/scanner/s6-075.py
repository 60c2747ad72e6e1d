def handle_command(message_text: str, reply):
    if message_text.startswith("!run "):
        code = message_text[len("!run "):]
        scope = {}
        exec(code, scope)
        reply(str(scope.get("result")))
