from dataclasses import dataclass


@dataclass
class Notification:
    title: str
    text: str


class NotificationRenderer:
    css_class = "notice"

    def render(self, items):
        lis = "".join("<li class='%s'><h4>%s</h4>%s</li>" % (self.css_class, n.title, n.text) for n in items)
        return "<ul>%s</ul>" % lis
