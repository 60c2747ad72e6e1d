from jinja2 import Environment, BaseLoader

env = Environment(loader=BaseLoader(), autoescape=True)
TPL = env.from_string("<p>Hi {{ name }}, your invoice {{ number }} is ready.</p>")

def invoice_email(name: str, number: str) -> str:
    return TPL.render(name=name, number=number)
