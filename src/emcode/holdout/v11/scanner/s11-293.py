from markupsafe import Markup


class Badge:
    def __init__(self, text: str, colour: str = "blue"):
        self.text = text
        self.colour = colour

    def html(self) -> Markup:
        return Markup(f'<span class="badge badge-{self.colour}">{self.text}</span>')
