import Foundation

/// Runs the real `storyline` executable that the test build produced.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder that holds the built products (the `storyline` executable sits beside the test bundle).
    static var productsFolder: URL {
        let resources = Bundle.module.bundleURL
        return resources.deletingLastPathComponent()
    }

    static var executable: URL { productsFolder.appendingPathComponent("storyline") }

    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// Runs `storyline arguments…` in `folder` and waits for it to exit.
    static func run(
        _ arguments: [String], in folder: URL, stdin: Data? = nil, environment: [String: String] = [:],
        asUnprivilegedUser: Bool = false
    ) throws -> Result {
        let process = try start(arguments, in: folder, environment: environment, asUnprivilegedUser: asUnprivilegedUser)
        if let stdin, let pipe = process.standardInput as? Pipe {
            pipe.fileHandleForWriting.write(stdin)
            try pipe.fileHandleForWriting.close()
        }
        let outputPipe = process.standardOutput as! Pipe
        let errorPipe = process.standardError as! Pipe
        // Read both pipes while the process runs so that a full pipe never blocks it.
        nonisolated(unsafe) var errorData = Data()
        let errorReader = Thread { errorData = errorPipe.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Starts `storyline arguments…` in `folder` without waiting; output goes to pipes.
    static func start(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], asUnprivilegedUser: Bool = false
    ) throws -> Process {
        let process = Process()
        if asUnprivilegedUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "STORYLINE_DB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = Pipe()
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }
}
