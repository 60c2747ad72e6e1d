from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.http import JsonResponse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.views.decorators.http import require_POST


@require_POST
def request_reset(request):
    email = request.POST.get("email", "")
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None:
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        link = f"{settings.SITE_URL}/reset/{uid}/{token}/"
        send_mail("Password reset", f"Reset your password: {link}", None, [user.email])
    return JsonResponse({"sent": True})
