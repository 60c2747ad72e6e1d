from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic import SecretStr
import smtplib
from email.message import EmailMessage


class MailSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MAIL_", env_file=".env")
    host: str = "smtp.example.com"
    port: int = 587
    user: str
    password: SecretStr


def send_report(to: str, body: str) -> None:
    cfg = MailSettings()
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = cfg.user, to, "Weekly report"
    msg.set_content(body)
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(cfg.user, cfg.password.get_secret_value())
        smtp.send_message(msg)
