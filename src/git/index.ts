// The git adapter's public face: the only module the rest of cqc imports to run git.
export { GitError, GitMissingError } from './run.js';
export { type GitInfo, type Pathspec, currentIdentity, gitInfo, signingKeySet, gitPathspecs, hasGitFolder, relativeToRoot, toAssurancePath, uncommittedPaths } from './repo.js';
export { type Commit, type FileChange, type GitIdentity, type HistoryOptions, readHistory } from './history.js';
export { type BlobSpec, BlobReader, blobId, readBlobsAt } from './blobs.js';
export { type SignatureStatus, isOwnGoodSignature, sshFingerprint, verifyCommitSignatures } from './signatures.js';
export { parseTrailers, trailerValues } from './trailers.js';
export { commitsAfter, resolveCommit } from './since.js';
export { commitFiles, type CommitRequest } from './commit.js';
export { type Rename, renamesIn } from './renames.js';
