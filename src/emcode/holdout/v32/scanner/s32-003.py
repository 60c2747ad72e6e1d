from django.shortcuts import render, get_object_or_404
from django.utils.safestring import mark_safe

from .models import Attorney


def attorney_profile(request, pk):
    attorney = get_object_or_404(Attorney, pk=pk)
    bio = mark_safe(attorney.bio_html)
    return render(request, "attorneys/profile.html", {"attorney": attorney, "bio": bio})
