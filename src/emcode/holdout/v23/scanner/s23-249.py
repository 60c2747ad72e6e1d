from jinja2 import Environment, BaseLoader

_env = Environment(loader=BaseLoader(), autoescape=True)
_TPL = _env.from_string(
    "<html><body><h1>Welcome, {{ nickname }}!</h1>"
    "<p>You are enrolled in <strong>{{ course }}</strong>.</p></body></html>"
)


def welcome_email_html(nickname: str, course_title: str) -> str:
    return _TPL.render(nickname=nickname, course=course_title)
