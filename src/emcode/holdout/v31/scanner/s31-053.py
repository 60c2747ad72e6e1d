import uuid

from django import forms
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import redirect, render


def avatar_path(instance, filename):
    return f"avatars/{uuid.uuid4().hex}.jpg"


class Profile(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    avatar = models.ImageField(upload_to=avatar_path, blank=True)


class AvatarForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["avatar"]


@login_required
def upload_avatar(request):
    profile, _ = Profile.objects.get_or_create(user=request.user)
    form = AvatarForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile")
    return render(request, "tracker/avatar.html", {"form": form})
