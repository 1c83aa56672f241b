-- A download reads a file a slice at a time (AttachmentService.writeContent). Stored uncompressed (out of line,
-- as TOAST does for anything over about 2 kB), a slice is read without the rest of the file; the files are PDFs,
-- images and Office documents, which are compressed already. Files stored before keep their storage and are
-- read the same way, at the cost of PostgreSQL reading the whole file for each slice.
alter table attachment alter column content set storage external;
