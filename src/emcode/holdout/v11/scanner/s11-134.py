from markupsafe import Markup

COLOURS = {"blue", "green", "red", "grey"}


class Badge:
    def __init__(self, text: str, colour: str = "blue"):
        self.text = text
        self.colour = colour if colour in COLOURS else "grey"

    def html(self) -> Markup:
        return Markup('<span class="badge badge-{}">{}</span>').format(self.colour, self.text)
