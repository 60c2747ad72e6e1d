from string import Template


def render_receipt_line(template, fare, driver):
    return Template(template).safe_substitute(fare=f"{fare:.2f}", driver=str(driver))
