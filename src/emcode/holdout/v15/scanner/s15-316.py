from jinja2 import Environment, StrictUndefined

env = Environment(autoescape=False, undefined=StrictUndefined)
REPLIES = {
    "hello": env.from_string("Hi {{ user }}! How can I help?"),
    "order": env.from_string("{{ user }}, order {{ arg }} is on its way."),
}


def reply(user, text):
    cmd, _, arg = text.strip().partition(" ")
    tpl = REPLIES.get(cmd.lower().lstrip("/"))
    if tpl is None:
        return "Sorry, I only know: " + ", ".join(sorted(REPLIES))
    return tpl.render(user=user, arg=arg)
