import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class MailConfig:
    host: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "MailConfig":
        return cls(os.environ["SMTP_HOST"], os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])


def send_alert(cfg: MailConfig, to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = cfg.user
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(cfg.host, 465) as s:
        s.login(cfg.user, cfg.password)
        s.send_message(msg)
