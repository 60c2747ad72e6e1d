from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@login_required
def change_email(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    new_email = request.POST.get("email", "").strip()
    if "@" not in new_email:
        return JsonResponse({"error": "invalid"}, status=400)
    request.user.email = new_email
    request.user.save(update_fields=["email"])
    return JsonResponse({"ok": True})
