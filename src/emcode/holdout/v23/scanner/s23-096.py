from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def update_profile(request):
    user = request.user
    for key, value in request.POST.items():
        setattr(user, key, value)
    user.save()
    return JsonResponse({"updated": list(request.POST.keys())})
