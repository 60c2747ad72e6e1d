from string import Template


def render_sms(template, patient, date):
    return Template(template).safe_substitute(patient=str(patient), date=str(date))
