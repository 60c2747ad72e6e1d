from jinja2 import Environment, select_autoescape

env = Environment(autoescape=select_autoescape(["html"]))
TPL = env.from_string("<p>Order {{ order_id }} shipped.</p><pre>{{ signature }}</pre>")

def render_email(user_signature: str, order_id: int) -> str:
    return TPL.render(order_id=order_id, signature=user_signature)
