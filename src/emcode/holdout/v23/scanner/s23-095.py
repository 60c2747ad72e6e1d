from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

EDITABLE = ("display_name", "bio", "timezone")


@login_required
@require_POST
def update_profile(request):
    profile = request.user.profile
    for field in EDITABLE:
        if field in request.POST:
            setattr(profile, field, request.POST[field][:200])
    profile.save()
    return JsonResponse({f: getattr(profile, f) for f in EDITABLE})
