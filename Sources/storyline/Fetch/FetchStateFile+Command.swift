import StorylineFetch

extension FetchStateFile {
    /// ``load()`` with its error as a one-line command failure.
    func loadForCommand() throws -> FetchState {
        do {
            return try load()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// ``save(_:)`` with its error as a one-line command failure.
    func saveForCommand(_ state: FetchState) throws {
        do {
            try save(state)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
