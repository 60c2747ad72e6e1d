from jinja2 import Environment, BaseLoader

_env = Environment(loader=BaseLoader(), autoescape=True)
_TPL = _env.from_string("""<html><body>
<p>Dear {{ holder }},</p>
<p>Rent for plot <b>{{ plot_no }}</b> is due on {{ due.strftime("%d %B") }}.</p>
</body></html>""")


def reminder_email(holder, plot_no, due):
    return _TPL.render(holder=holder, plot_no=plot_no, due=due)
