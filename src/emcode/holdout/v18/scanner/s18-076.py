from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def change_email(request):
    new_email = request.POST.get("email", "").strip()
    try:
        validate_email(new_email)
    except ValidationError:
        return JsonResponse({"error": "invalid email"}, status=400)
    request.user.email = new_email
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": new_email})
