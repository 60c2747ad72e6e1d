from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.contrib.auth.decorators import login_required


@login_required
def profile(request):
    bio = request.user.profile.bio
    return render(request, "profile.html", {"bio": mark_safe(bio)})
