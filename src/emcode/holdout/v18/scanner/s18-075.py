from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@login_required
@require_POST
def change_email(request):
    new_email = request.POST.get("email", "").strip()
    if "@" not in new_email:
        return JsonResponse({"error": "invalid email"}, status=400)
    request.user.email = new_email
    request.user.save(update_fields=["email"])
    return JsonResponse({"email": new_email})
