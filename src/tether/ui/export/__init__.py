"""File › Export, Print, Share, Back Up and Restore: a feature installed on a WindowHost."""
