class CalcBot:
    def __init__(self, send):
        self.send = send

    def on_message(self, user, text):
        if text.startswith("/calc "):
            expr = text[len("/calc "):]
            try:
                self.send(user, str(eval(expr)))
            except Exception as exc:
                self.send(user, f"error: {exc}")
