from django.contrib.auth.mixins import LoginRequiredMixin
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_protect
from django.views.generic.edit import UpdateView

from .models import Profile


@method_decorator(csrf_protect, name="dispatch")
class EditProfile(LoginRequiredMixin, UpdateView):
    model = Profile
    fields = ["display_name", "bio"]
    success_url = "/profile/"

    def get_object(self, queryset=None):
        return self.request.user.profile
