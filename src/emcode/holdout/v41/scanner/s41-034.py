class ClinicConfig:
    def __init__(self, name, smtp_password):
        self.name = name
        self.smtp_password = smtp_password


def render_footer(fmt, config: ClinicConfig):
    return fmt.format(clinic=config)
