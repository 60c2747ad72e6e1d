from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.core.validators import validate_email

@login_required
@require_POST
def change_email(request):
    email = request.POST.get("email", "")
    validate_email(email)
    request.user.email = email
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})
