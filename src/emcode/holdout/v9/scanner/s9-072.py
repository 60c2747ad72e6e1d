from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
@login_required
def change_email(request):
    new_email = request.POST.get("email", "").strip()
    if "@" not in new_email or len(new_email) > 254:
        return JsonResponse({"error": "invalid"}, status=400)
    request.user.email = new_email
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})
