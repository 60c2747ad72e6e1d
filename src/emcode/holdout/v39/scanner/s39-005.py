from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(loader=PackageLoader("screening", "templates"), autoescape=select_autoescape())


def render_notice(applicant, decision):
    return env.get_template("notice.html").render(applicant=applicant, decision=decision)
