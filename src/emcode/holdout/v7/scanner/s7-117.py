from django.contrib.auth.decorators import login_required
from django.core.validators import validate_email
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Profile


@login_required
@require_POST
def change_email(request):
    email = request.POST.get("email", "")
    try:
        validate_email(email)
    except ValidationError:
        return JsonResponse({"error": "invalid email"}, status=400)
    profile = Profile.objects.get(user=request.user)
    profile.email = email
    profile.save(update_fields=["email"])
    return JsonResponse({"ok": True})
