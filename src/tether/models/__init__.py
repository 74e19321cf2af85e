"""Qt item models over the article and the reader's data. QtCore only, never widgets."""

from tether.models.place import ReadingPlace
from tether.models.reflections import ReflectionsModel
from tether.models.roles import Role
from tether.models.sections import SectionsModel
from tether.models.session import ArticleSession
from tether.models.signs import SignsModel

__all__ = [
    "ArticleSession",
    "ReadingPlace",
    "ReflectionsModel",
    "Role",
    "SectionsModel",
    "SignsModel",
]
