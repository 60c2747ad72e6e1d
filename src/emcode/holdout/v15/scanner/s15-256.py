import datetime
import hashlib
import secrets

from django.core.mail import send_mail
from django.http import JsonResponse

from .models import ResetToken, User


def request_reset(request):
    email = request.POST.get("email", "")
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        token = secrets.token_urlsafe(32)
        ResetToken.objects.create(
            user=user,
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            expires=datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=30),
        )
        send_mail("Reset your password", f"https://example.com/reset/{token}", None, [user.email])
    return JsonResponse({"status": "if the address exists, a link was sent"})
