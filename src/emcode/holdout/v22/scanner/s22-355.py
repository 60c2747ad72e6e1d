import uuid

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render


class AvatarForm(forms.Form):
    image = forms.ImageField()

    def clean_image(self):
        img = self.cleaned_data["image"]
        if img.size > 2 * 1024 * 1024:
            raise forms.ValidationError("max 2 MB")
        return img


@login_required
def upload_avatar(request):
    form = AvatarForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        ext = form.cleaned_data["image"].image.format.lower()
        name = default_storage.save(f"avatars/{uuid.uuid4().hex}.{ext}", form.cleaned_data["image"])
        request.user.profile.avatar = name
        request.user.profile.save()
        return redirect("profile")
    return render(request, "avatar.html", {"form": form})
